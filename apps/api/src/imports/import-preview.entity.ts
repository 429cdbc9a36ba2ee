import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ImportKind } from './columns';
import type { ImportCounts, PreviewRow } from './import-plan';

/**
 * An uploaded sheet between preview and commit. Kept in the database, not in the process, so that
 * the commit may reach another instance than the preview did; expires after an hour.
 */
@Entity('import_previews')
export class ImportPreview {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 20 })
  kind: ImportKind;

  /** The chamber of a member list, the meeting of a sign-in sheet. */
  @Column({ type: 'integer', nullable: true })
  chamberId: number | null;

  @Column({ type: 'integer', nullable: true })
  meetingId: number | null;

  @Column({ type: 'simple-json' })
  counts: ImportCounts;

  @Column({ type: 'integer', nullable: true })
  createdById: number | null;

  @CreateDateColumn()
  createdAt: Date;

  @Index()
  @Column({ type: 'datetime' })
  expiresAt: Date;

  @Column({ type: 'datetime', nullable: true })
  committedAt: Date | null;

  /**
   * While a commit runs (it writes in chunks, see ImportsService.commit): the token of the commit
   * holding it and when its lease ends unless renewed. A lease that ran out is a commit whose
   * server died; any instance then undoes what it wrote.
   */
  @Column({ type: 'varchar', length: 36, nullable: true })
  committingBy: string | null;

  @Column({ type: 'datetime', nullable: true })
  committingUntil: Date | null;

  /** The records a running (or abandoned) commit has written so far, per resource, as ranges of ids: what undoing it removes. */
  @Column({ type: 'simple-json', nullable: true })
  written: WrittenIds | null;
}

/** Ids as inclusive ranges `[first, last]`: a chunk's rows get consecutive ids, so 50,000 records are a few hundred numbers. */
export type WrittenIds = Partial<
  Record<'enterprises' | 'contacts' | 'memberships' | 'teacher-practices', [number, number][]>
>;

/**
 * Each data row's recognised cells and the plan as previewed (what the person confirmed), in a
 * table of its own: a commit renews its lease and records what it wrote on the preview's row once
 * a chunk, and SQLite rewrites a whole row on every update. With the rows inline, each chunk of a
 * 50,000-row commit rewrote megabytes of JSON into the WAL; apart, a renewal writes a few bytes.
 */
@Entity('import_preview_rows')
export class ImportPreviewRows {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  previewId: string;

  @Column({ type: 'simple-json' })
  rows: PreviewRow[];
}
