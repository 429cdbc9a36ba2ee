import type { Type } from '@nestjs/common';
import type { CrudResource } from '@crm/domain';
import type { CrudService } from './crud.service';
import type { TrackedEntity } from './tracked.entity';

/** A resource of the REST contract, as the registry (apps/api/src/resources.ts) declares it once. */
export interface ResourceDeclaration {
  /** Its path under /api and its name in the permission table and the audit trail. */
  resource: CrudResource;
  module: Type<unknown>;
  entity: Type<TrackedEntity>;
  /** Its service, whose list spec says what the list filters, sorts and searches by. */
  service: Type<CrudService<TrackedEntity, object>>;
}

/** The registry, provided by the app module to what works on every resource (exports). */
export const RESOURCE_REGISTRY = Symbol('resource registry');
