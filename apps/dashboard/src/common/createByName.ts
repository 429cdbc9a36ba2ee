import { useCreate } from 'react-admin';

/**
 * A picker's "Create …" option: the record is created from the name typed into the picker (an
 * enterprise or chamber met through one of its people), so the user need not leave the form first;
 * the rest of its details can be filled in later on its page.
 */
export function useCreateByName(resource: 'enterprises' | 'chambers') {
  const [create] = useCreate();
  return async (typed?: string) => {
    const name = typed?.trim();
    if (!name) return undefined;
    return create(
      resource,
      { data: resource === 'chambers' ? { name, kind: 'chamber' } : { name } },
      { returnPromise: true },
    );
  };
}
