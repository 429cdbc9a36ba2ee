import { RESOURCE_LIST, type Locale } from '@crm/domain';
import type { MessageSection, MessageTree } from './define';

/** `resources.<name>.name` of every resource, from the resource list of libs/domain, where its nouns are declared. */
function tree(locale: Locale): MessageTree {
  return {
    resources: Object.fromEntries(RESOURCE_LIST.map((resource) => [resource.name, { name: resource.nouns[locale] }])),
  };
}

export const resourceNamesSection: MessageSection = { en: tree('en'), 'zh-CN': tree('zh-CN') };
