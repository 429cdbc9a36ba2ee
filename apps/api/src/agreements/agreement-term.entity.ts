import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Outcome } from '../outcomes/outcome.entity';

/**
 * A term of an agreement that a renewal replaced: the outcome keeps its current term, and the
 * earlier ones stay visible here, oldest first. Written only by a renewal, never edited.
 */
@Entity('agreement_terms')
export class AgreementTerm {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'integer' })
  outcomeId: number;

  @ManyToOne(() => Outcome, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'outcomeId' })
  outcome?: Relation<Outcome>;

  @Column({ type: 'date', nullable: true })
  startDate: string | null;

  @Column({ type: 'date', nullable: true })
  endDate: string | null;

  @Column({ type: 'date', nullable: true })
  signedDate: string | null;

  /** When the renewal that closed this term was recorded, and by whom. */
  @Column({ type: 'datetime' })
  renewedAt: Date;

  @Column({ type: 'integer', nullable: true })
  renewedById: number | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  renewedByName: string | null;
}
