import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A secret the server makes for itself, kept in the database so that every instance on it uses the
 * same one (the token signing secret when CRM_TOKEN_SECRET is not given on PostgreSQL).
 */
@Entity('server_secrets')
export class ServerSecret {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  name: string;

  @Column({ type: 'varchar', length: 200 })
  value: string;
}
