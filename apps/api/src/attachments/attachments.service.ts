import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { EntityManager } from 'typeorm';
import { ATTACHABLE_RESOURCES, type Action, type AttachableResource } from '@crm/domain';
import type { Actor } from '../common/actor';
import { CrudDependencies, CrudService, ListPage } from '../common/crud.service';
import { fieldErrors, notFound, RecordNoun, forbidden } from '../common/errors';
import { msg, vocabularyLabel } from '../common/i18n';
import { ListQueryInput, ListSpec } from '../common/list-query';
import { RESOURCE_REGISTRY, type ResourceDeclaration } from '../common/resource';
import { Enterprise } from '../enterprises/enterprise.entity';
import { Meeting } from '../meetings/meeting.entity';
import { Outcome } from '../outcomes/outcome.entity';
import { TeacherPractice } from '../teacher-practices/teacher-practice.entity';
import { Attachment } from './attachment.entity';
import { cleanFileName, sniffContentType } from './content-type';
import { FileStore } from './file-store';

/** The largest file accepted: 25 MB. */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

const RECORDS: Record<
  AttachableResource,
  { target: typeof Meeting | typeof Outcome | typeof Enterprise | typeof TeacherPractice; noun: RecordNoun }
> = {
  meetings: { target: Meeting, noun: 'meeting' },
  outcomes: { target: Outcome, noun: 'outcome' },
  enterprises: { target: Enterprise, noun: 'enterprise' },
  'teacher-practices': { target: TeacherPractice, noun: 'teacherPractice' },
};

export interface UploadedFile {
  originalname: string;
  size: number;
  buffer: Buffer;
}

/**
 * Files on meetings, outcomes and enterprises. An attachment goes into the bin with its record and
 * comes back with it: whether it shows is read from its record, so a delete or restore of the record
 * needs no second write, and no other path (a merge, an import) can leave the two out of step.
 */
@Injectable()
export class AttachmentsService extends CrudService<Attachment> {
  readonly resource = 'attachments';
  protected readonly spec: ListSpec = {
    fields: { resource: 'string', recordId: 'id', name: 'string', size: 'number', contentType: 'string' },
    search: ['name'],
    defaultSort: ['createdAt', 'DESC'],
  };

  constructor(
    dependencies: CrudDependencies,
    private readonly files: FileStore,
    private readonly moduleRef: ModuleRef,
    @Inject(RESOURCE_REGISTRY) private readonly resources: ResourceDeclaration[],
  ) {
    super(Attachment, dependencies);
  }

  /** A list is of one record's files: `filter={"resource":"meetings","recordId":5}`. */
  async list(input: ListQueryInput): Promise<ListPage<Attachment>> {
    const filter = this.recordOf(input.filter);
    await this.liveRecord(this.dataSource.manager, filter.resource, filter.recordId);
    return super.list(input);
  }

  async findOne(id: number): Promise<Attachment> {
    const attachment = await super.findOne(id);
    if (!(await this.isLive(this.dataSource.manager, attachment))) throw notFound(this.noun, id);
    return attachment;
  }

  /** Restoring a file whose record is in the bin would show nothing: the record comes back first. */
  protected async check(manager: EntityManager, draft: Attachment): Promise<void> {
    await this.liveRecord(manager, draft.resource, draft.recordId);
  }

  /**
   * A file on a record is part of the record: who may not edit the record may not add to it,
   * take a file off it, bring one back or purge one, whatever the attachments' own row says.
   */
  protected async authorize(
    manager: EntityManager,
    actor: Actor | null,
    action: Action,
    record: Attachment,
    body: object,
    before: Attachment | null,
  ): Promise<void> {
    await super.authorize(manager, actor, action, record, body, before);
    await this.mayEdit(manager, actor, record.resource, record.recordId, true);
  }

  /** The record's own service judges, with the facts its routes use (a meeting's attendees and their units are not columns of it). */
  private async mayEdit(
    manager: EntityManager,
    actor: Actor | null,
    resource: AttachableResource,
    recordId: number,
    withDeleted: boolean,
  ): Promise<void> {
    if (!actor) return;
    const service = this.moduleRef.get(
      this.resources.find((declaration) => declaration.resource === resource)!.service,
      { strict: false },
    );
    if ((await service.mayOn(manager, actor, 'update', recordId, withDeleted)) === false) {
      throw forbidden(
        msg('security.roleMayNotOnRecord', {
          role: vocabularyLabel('roles', actor.role),
          action: 'update',
          noun: msg(`nouns.${RECORDS[resource].noun}`),
        }),
      );
    }
  }

  private isLive(manager: EntityManager, attachment: Attachment): Promise<boolean> {
    return manager.exists(RECORDS[attachment.resource].target, { where: { id: attachment.recordId } });
  }

  async upload(
    resource: unknown,
    recordId: unknown,
    file: UploadedFile | undefined,
    actor: Actor | null,
  ): Promise<Pick<Attachment, 'id' | 'name' | 'size' | 'contentType'> & Attachment> {
    const errors: Record<string, ReturnType<typeof msg>> = {};
    if (!ATTACHABLE_RESOURCES.includes(resource as AttachableResource))
      errors.resource = msg('validation.oneOf', { values: ATTACHABLE_RESOURCES.join(', ') });
    const id = typeof recordId === 'string' && /^\d+$/.test(recordId) ? Number(recordId) : NaN;
    if (!(id > 0)) errors.recordId = msg('validation.id');
    if (!file) errors.file = msg('workflow.fileMissing');
    if (Object.keys(errors).length) throw fieldErrors(errors);
    const name = cleanFileName(file!.originalname);
    const contentType = await sniffContentType(file!.buffer);
    const sha256 = await this.files.put(file!.buffer);
    return this.writes.transaction(async (manager) => {
      await this.liveRecord(manager, resource as AttachableResource, id);
      await this.mayEdit(manager, actor, resource as AttachableResource, id, false);
      const now = new Date();
      const saved = await manager.save(
        manager.create(Attachment, {
          resource: resource as AttachableResource,
          recordId: id,
          name,
          size: file!.size,
          contentType,
          sha256,
          uploadedById: actor?.id ?? null,
          createdAt: now,
          updatedAt: now,
        }),
      );
      await this.audit.record(manager, {
        actor,
        resource: this.resource,
        recordId: saved.id,
        action: 'create',
        before: null,
        after: saved,
      });
      return saved;
    });
  }

  /** The file's bytes and how to name them in a download; the audit trail records who took them. */
  async content(
    id: number,
    actor: Actor | null,
  ): Promise<{ attachment: Attachment; stream: ReturnType<FileStore['read']> }> {
    const attachment = await this.findOne(id);
    await this.writes.transaction((manager) =>
      this.audit.record(manager, {
        actor,
        resource: this.resource,
        recordId: id,
        action: 'download',
        before: null,
        after: { name: attachment.name, sha256: attachment.sha256 },
      }),
    );
    return { attachment, stream: this.files.read(attachment.sha256) };
  }

  private recordOf(filter: string | undefined): { resource: AttachableResource; recordId: number } {
    let parsed: Record<string, unknown> = {};
    try {
      // `null`, a number or a list are JSON too, and have no fields
      parsed = (filter ? (JSON.parse(filter) as Record<string, unknown> | null) : null) ?? {};
    } catch {
      // the list query's own parser reports malformed JSON in its words; here only the two fields matter
    }
    const errors: Record<string, ReturnType<typeof msg>> = {};
    if (!ATTACHABLE_RESOURCES.includes(parsed.resource as AttachableResource))
      errors.resource = msg('validation.oneOf', { values: ATTACHABLE_RESOURCES.join(', ') });
    if (!Number.isInteger(parsed.recordId) || (parsed.recordId as number) < 1) errors.recordId = msg('validation.id');
    if (Object.keys(errors).length) throw fieldErrors(errors, msg('workflow.attachmentsOfOneRecord'));
    return { resource: parsed.resource as AttachableResource, recordId: parsed.recordId as number };
  }

  /** The record must be live: its files are in the bin with it otherwise. */
  private async liveRecord(
    manager: EntityManager,
    resource: AttachableResource,
    recordId: number,
  ): Promise<Record<string, unknown>> {
    const { target, noun } = RECORDS[resource];
    const record = await manager.findOne(target, { where: { id: recordId } });
    if (!record) throw notFound(noun, recordId);
    return record as unknown as Record<string, unknown>;
  }
}
