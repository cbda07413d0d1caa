import type { FieldSpec, PageMap } from '../fieldmaps/types';
import { type Match, matchFields } from '../fill/match';
import { collectItems, type DomItem } from './collect';

/**
 * The page's form items for one fill, collected again only after the page's structure changed (an added or
 * removed element, a shown or hidden one), so filling N fields does not walk the page 2N times.
 */
export function createLocator(doc: Document, map: PageMap) {
  let items: DomItem[] | null = null;
  const observer = new MutationObserver(() => {
    items = null;
  });
  observer.observe(doc.body, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['style', 'hidden'],
  });
  const current = (): DomItem[] => {
    if (observer.takeRecords().length > 0) items = null;
    items ??= collectItems(doc.body, map.sections);
    return items;
  };
  return {
    items: current,
    locate(spec: FieldSpec): Match<DomItem> {
      return matchFields(map, current()).matches.find((m) => m.spec === spec) as Match<DomItem>;
    },
    dispose: () => observer.disconnect(),
  };
}

export type Locator = ReturnType<typeof createLocator>;
