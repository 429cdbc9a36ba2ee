import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import {
  DELIVERY_CHANNELS,
  DELIVERY_STATUSES,
  NOTIFICATION_KINDS,
  type DeliveryChannel,
  type DeliveryStatus,
  type NotificationKind,
} from '@crm/domain';

/** A notification as the API answers it, in the reader's language. */
@ApiSchema({ name: 'Notification' })
export class NotificationSchema {
  @ApiProperty({ type: 'integer' })
  id!: number;
  @ApiProperty({ type: 'string', enum: [...NOTIFICATION_KINDS] })
  kind!: NotificationKind;
  @ApiProperty({ type: 'string' })
  title!: string;
  @ApiProperty({ type: 'string' })
  body!: string;
  @ApiProperty({ type: 'string', description: 'The dashboard address of the record it is about.' })
  link!: string;
  @ApiProperty({ type: 'string', format: 'date-time' })
  createdAt!: string;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  readAt!: string | null;
}

/** One delivery of the outbox (admin). */
@ApiSchema({ name: 'NotificationDelivery' })
export class NotificationDeliverySchema {
  @ApiProperty({ type: 'integer' })
  id!: number;
  @ApiProperty({ type: 'integer', nullable: true })
  notificationId!: number | null;
  @ApiProperty({ type: 'string', enum: [...DELIVERY_CHANNELS] })
  channel!: DeliveryChannel;
  @ApiProperty({ type: 'string', description: 'The address, or the webhook with its key shortened.' })
  target!: string;
  @ApiProperty({ type: 'string', enum: [...DELIVERY_STATUSES] })
  status!: DeliveryStatus;
  @ApiProperty({ type: 'integer' })
  attempts!: number;
  @ApiProperty({ type: 'string', nullable: true })
  lastError!: string | null;
  @ApiProperty({ type: 'string', format: 'date-time' })
  createdAt!: string;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  sentAt!: string | null;
}

/** The result of the admin's test message on one channel. */
@ApiSchema({ name: 'ChannelResult' })
export class ChannelResultSchema {
  @ApiProperty({ type: 'string', enum: [...DELIVERY_CHANNELS] })
  channel!: DeliveryChannel;
  @ApiProperty({ type: 'string', nullable: true })
  target!: string | null;
  @ApiProperty({ type: 'boolean' })
  ok!: boolean;
  @ApiProperty({ type: 'string', nullable: true })
  error!: string | null;
}

/** POST /api/notifications/read-all: how many were unread. */
@ApiSchema({ name: 'NotificationsRead' })
export class NotificationsReadSchema {
  @ApiProperty({ type: 'integer' })
  read!: number;
}

/** POST /api/notifications/digest: how many digests were written. */
@ApiSchema({ name: 'DigestsWritten' })
export class DigestsWrittenSchema {
  @ApiProperty({ type: 'integer' })
  digests!: number;
}
