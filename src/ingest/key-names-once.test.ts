import { describe, expect, it } from 'vitest';
import { recordSearchKeys } from '../registry/name-search-keys.ts';
import { keyNamesOnce } from './key-names-once.ts';

const DECLARATIONS: Record<string, unknown>[] = [
  {
    child: { name: { en: 'Sai Srinivas', te: 'సాయి శ్రీనివాస్' }, sex: 'male' },
    mother: { name: { en: 'Lakshmi D. Kondaveeti', te: 'లక్ష్మి కొండవీటి' } },
    father: { name: { en: "Venkata Rao (O'Neil)" } },
    informant: { name: { en: 'Not Indexed Informant' } },
  },
  { deceased: { name: { te: 'సీతారామయ్య' } }, spouse: { name: { en: 'Sreenivasa-Murthy' } } },
  { child: { name: { en: 'Child 1234' } }, mother: { name: { en: 'Laxmi  A/B  Gummadi' } } },
  { mother: {}, father: { name: null }, child: { name: { en: 42 } } },
];

describe('search keys of imported records', () => {
  it('are the keys the register gives any record, for names in either script', () => {
    for (const declaration of DECLARATIONS)
      expect(keyNamesOnce(declaration)).toEqual(recordSearchKeys(declaration));
  });

  it('stay the same when the words were seen before', () => {
    const first = DECLARATIONS.map(keyNamesOnce);
    const again = DECLARATIONS.map(keyNamesOnce);

    expect(again).toEqual(first);
    expect(first[0]).toContain('n:srinivas');
    expect(first[0]).not.toContain('n:informant');
  });
});
