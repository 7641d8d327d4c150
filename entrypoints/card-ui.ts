/**
 * The hover card's UI (components/card/hover-ui.tsx) as a module of its own, loaded by the content
 * script on the first hover or focus of a highlight, so the script that runs on every page stays
 * small. WXT builds unlisted scripts as classic scripts; wxt.config.ts switches this one to an ES
 * module, whose default export is what `main` returns.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createCardUi } from '@/components/card/hover-ui';

export default defineUnlistedScript(() => ({ createCardUi }));
