/** What the CRM tells a user about (issue 23). */
export const NOTIFICATION_KINDS = [
  'taskAssigned',
  'mention',
  'agreementExpiring',
  'agreementLapsed',
  'recordDeleted',
  'recordMerged',
  'registration',
  'digest',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Where a notification goes besides the app. */
export const DELIVERY_CHANNELS = ['email', 'wecom'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

export const DELIVERY_STATUSES = ['pending', 'sent', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** Days before an agreement's end its owner is told, latest last. */
export const AGREEMENT_NOTICE_DAYS = [90, 30, 7] as const;

/** A notification as the API answers it, in the reader's language. */
export interface NotificationRecord {
  id: number;
  kind: NotificationKind;
  title: string;
  body: string;
  /** The dashboard address of the record it is about. */
  link: string;
  createdAt: string;
  readAt: string | null;
}

/** A user's channels (in the app always). */
export interface NotificationSettingsRecord {
  email: boolean;
  wecom: boolean;
  digest: boolean;
}

/** One row of the outbox, for the admin. */
export interface NotificationDeliveryRecord {
  id: number;
  notificationId: number | null;
  channel: DeliveryChannel;
  /** The address, or the webhook with its key shortened. */
  target: string;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}
