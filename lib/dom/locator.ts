import type { FieldSpec, PageMap } from '../fieldmaps/types';
import { type Match, matchFields } from '../fill/match';
import { collectItems, type DomItem } from './collect';

/**
 * The page's form items for one fill, collected again only after the page's structure changed (an added or
 * removed element, a shown or hidden one), so filling N fields does not walk the page 2N times.
 */
export function createLocator(doc: Document, map: PageMap) {
  // The items and the map's matches against them are worked out together, once per page structure.
  let found: { items: DomItem[]; matches: Map<FieldSpec, Match<DomItem>> } | null = null;
  const observer = new MutationObserver(() => {
    found = null;
  });
  observer.observe(doc.body, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['style', 'hidden'],
  });
  const current = () => {
    if (observer.takeRecords().length > 0) found = null;
    if (!found) {
      const items = collectItems(doc.body, map.sections);
      found = { items, matches: new Map(matchFields(map, items).matches.map((m) => [m.spec, m])) };
    }
    return found;
  };
  return {
    items: () => current().items,
    locate: (spec: FieldSpec): Match<DomItem> => current().matches.get(spec) as Match<DomItem>,
    dispose: () => observer.disconnect(),
  };
}

export type Locator = ReturnType<typeof createLocator>;
