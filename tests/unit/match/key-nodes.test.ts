import { describe, expect, test } from 'vitest';
import { compileMatchIndex } from '../../../lib/match/compile';
import { childNode, keyNode } from '../../../lib/match/key-nodes';
import { recordNames } from '../../../lib/match/recognizer';
import { RuntimeIndex } from '../../../lib/match/runtime-index';
import { ENTITIES } from './fixtures';

const compiled = compileMatchIndex(ENTITIES);

describe('key tree', () => {
  test('a node answers what the index answers for its key, word by word', () => {
    const index = new RuntimeIndex(compiled, recordNames(ENTITIES));
    const paths = [['нови', 'сад'], ['нови', 'сада'], ['алматинской', 'области'], ['алматинская', 'обл'], ['нови', 'садик'], ['сербия', 'и'], ['нет', 'такого', 'ключа']];
    for (const words of paths) {
      let node = keyNode(index, words[0]!);
      expect(node.probe).toEqual(index.forms.probe(words[0]!));
      for (let k = 1; k < words.length; k++) {
        node = childNode(index, node, words[k]!);
        const key = words.slice(0, k + 1).join(' ');
        // A key no key starts with keeps no string (see `NO_KEY`): only its answers count.
        if (node.probe.prefix) expect(node.key).toBe(key);
        expect({ refs: [...node.probe.refs], prefix: node.probe.prefix, continues: node.probe.continues }).toEqual({
          refs: [...index.refs(key)],
          prefix: index.forms.hasPrefix(key),
          continues: index.forms.continues(key),
        });
      }
    }
  });

  test('a node is made once per key and index, and each index has its own tree', () => {
    const a = new RuntimeIndex(compiled, recordNames(ENTITIES));
    const b = new RuntimeIndex(compiled, recordNames(ENTITIES));
    const root = keyNode(a, 'нови');
    expect(keyNode(a, 'нови')).toBe(root);
    expect(childNode(a, root, 'сад')).toBe(childNode(a, root, 'сад'));
    expect(keyNode(b, 'нови')).not.toBe(root);
  });

  test('keys no key starts with share one node, whose children are itself', () => {
    const index = new RuntimeIndex(compiled, recordNames(ENTITIES));
    const missing = keyNode(index, 'шмурдяков');
    expect(missing.probe).toEqual({ refs: [], prefix: false, continues: false });
    expect(keyNode(index, 'пельтихин')).toBe(missing);
    expect(childNode(index, keyNode(index, 'нови'), 'садик')).toBe(missing);
    expect(childNode(index, missing, 'сад')).toBe(missing);
    // A key that exists but is continued by no longer key: its children are that node too.
    const serbia = keyNode(index, 'сербия');
    expect(serbia.probe).toMatchObject({ prefix: true, continues: false });
    expect(serbia.probe.refs.length).toBeGreaterThan(0);
    expect(childNode(index, serbia, 'и')).toBe(missing);
  });
});
