/** Locale keys for the enumerations a card names (typed maps, so a new kind fails to compile, not to render). */
import type { EntityType, OrgKind, PlaceKind } from '../data/types';
import type { MessageKey } from './i18n';

export const TYPE_LABEL: Record<EntityType, MessageKey> = {
  PER: 'card_type_PER',
  LOC: 'card_type_LOC',
  ORG: 'card_type_ORG',
};

export const PLACE_KIND_LABEL: Record<PlaceKind, MessageKey> = {
  country: 'card_kind_country',
  region: 'card_kind_region',
  city: 'card_kind_city',
};

export const ORG_KIND_LABEL: Record<OrgKind, MessageKey> = {
  international: 'card_org_international',
  ministry: 'card_org_ministry',
  'state-body': 'card_org_state_body',
  legislature: 'card_org_legislature',
  court: 'card_org_court',
  company: 'card_org_company',
  holding: 'card_org_holding',
  bank: 'card_org_bank',
  media: 'card_org_media',
  party: 'card_org_party',
  ngo: 'card_org_ngo',
  university: 'card_org_university',
  other: 'card_org_other',
};
