import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '../config/config';

/** A notification as one person reads it: in their language, with the dashboard link. */
export interface RenderedNotification {
  title: string;
  lines: string[];
  link: string;
  /** "Open in the CRM", the footer, in the same language. */
  openLabel: string;
  openLine: string;
  footer: string;
}

export interface MailPayload {
  subject: string;
  text: string;
  html: string;
}

export interface WecomPayload {
  content: string;
}

/** The robot takes at most 4096 bytes of markdown; a batch stops before it. */
export const WECOM_MAX_BYTES = 4000;
/** WeChat Work's limit per group robot. */
export const WECOM_PER_MINUTE = 20;
/** A channel that does not answer within this is counted as failed and tried again. */
const CHANNEL_TIMEOUT_MS = 10_000;

/** smtp://user:pass@host:port (STARTTLS where offered; nodemailer's default) or smtps:// (TLS from the start), with timeouts. */
function smtpOptions(url: string) {
  const parsed = new URL(url);
  const secure = parsed.protocol === 'smtps:';
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : secure ? 465 : 587,
    secure,
    auth: parsed.username
      ? { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) }
      : undefined,
    connectionTimeout: CHANNEL_TIMEOUT_MS,
    greetingTimeout: CHANNEL_TIMEOUT_MS,
    socketTimeout: CHANNEL_TIMEOUT_MS,
  };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** E-mail through the SMTP server of CRM_SMTP_URL (nodemailer: STARTTLS where the server offers it). */
@Injectable()
export class MailChannel implements OnModuleDestroy {
  private readonly transport: Transporter | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const url = config.notifications.smtpUrl;
    this.transport = url ? createTransport(smtpOptions(url)) : null;
  }

  get configured(): boolean {
    return this.transport !== null;
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }

  render(notification: RenderedNotification): MailPayload {
    const { title, lines, link } = notification;
    const text = [title, '', ...lines, '', notification.openLine, '', '--', notification.footer].join('\n');
    const html = [
      `<h2 style="font-size:16px">${escapeHtml(title)}</h2>`,
      ...lines.map((line) => `<p>${escapeHtml(line)}</p>`),
      `<p><a href="${escapeHtml(link)}">${escapeHtml(notification.openLabel)}</a></p>`,
      `<p style="color:#888;font-size:12px">${escapeHtml(notification.footer)}</p>`,
    ].join('\n');
    return { subject: title, text, html };
  }

  async send(to: string, payload: MailPayload): Promise<void> {
    if (!this.transport) throw new Error('CRM_SMTP_URL is not set');
    await this.transport.sendMail({
      from: this.config.notifications.mailFrom,
      to,
      subject: payload.subject,
      text: payload.text,
      html: payload.html,
    });
  }
}

/** A WeChat Work group robot: the documented markdown message, posted to its webhook. */
@Injectable()
export class WecomChannel {
  render(notification: RenderedNotification, phone: string | null): WecomPayload {
    const quoted = notification.lines.map((line) => `> ${line}`);
    // a markdown message cannot carry mentioned_mobile_list (only text messages can): the phone is written out for the group to see
    const mention = phone ? [`@${phone}`] : [];
    return {
      content: [
        `**${notification.title}**`,
        ...quoted,
        `[${notification.openLabel}](${notification.link})`,
        ...mention,
      ].join('\n'),
    };
  }

  /** Several messages as one, when the group's limit would otherwise drop some. */
  batch(contents: string[], more: string | null): WecomPayload {
    return { content: [...contents, ...(more ? [more] : [])].join('\n\n') };
  }

  async post(webhook: string, payload: WecomPayload): Promise<void> {
    const response = await fetch(webhook, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ msgtype: 'markdown', markdown: { content: payload.content } }),
      signal: AbortSignal.timeout(CHANNEL_TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    // the robot answers 200 with its own error code (45009: over the limit, 93000: bad key)
    const answer = (await response.json().catch(() => ({}))) as { errcode?: number; errmsg?: string };
    if (answer.errcode !== undefined && answer.errcode !== 0)
      throw new Error(`errcode ${answer.errcode}: ${answer.errmsg ?? ''}`.trim());
  }
}
