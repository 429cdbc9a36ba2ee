/**
 * A user-facing message as the server keeps it until it answers: a catalogue key and its
 * parameters, rendered in the caller's language only when the response is written. A parameter
 * may itself be a message (a noun inside a sentence) or a list (joined the way the language joins).
 */
export type MessageParam = string | number | Message | readonly MessageParam[];

export interface Message {
  key: string;
  params?: Record<string, MessageParam>;
}

export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as Message).key === 'string'
  );
}

/**
 * class-validator only carries strings, so a decorator's message is the Message as JSON; the
 * validation pipe reads it back (readValidatorMessage) before the error filter renders it.
 */
export function encodeMessage(message: Message): string {
  return JSON.stringify(message);
}

export function decodeMessage(text: string): Message | null {
  if (!text.startsWith('{"key":')) return null;
  try {
    const value: unknown = JSON.parse(text);
    return isMessage(value) ? value : null;
  } catch {
    return null;
  }
}
