/** The outside channels a notification may also travel by: 短信 and 浙政钉 work messages (工作通知). */
export type MessageChannel = 'sms' | 'zzd';

export interface OutgoingMessage {
  channel: MessageChannel;
  /** A phone number (sms) or a 浙政钉 account id (zzd). */
  to: string;
  text: string;
}

/**
 * One interface for every outside channel: the delivery outbox calls `send` and treats a thrown error
 * as a failed attempt to retry later. Adapters: `http-sms.ts`, `zzd-work-message.ts`; tests use a fake
 * or a local HTTP server standing in for the provider.
 */
export interface MessageGateway {
  /** The channels this deployment can reach (configured by FAZHI_SMS_* / FAZHI_ZZD_*). */
  channels(): MessageChannel[];
  send(message: OutgoingMessage): Promise<void>;
}

/** A provider answered with an error, or could not be reached. */
export class DeliveryError extends Error {}

/** Routes each message to its channel's adapter; a channel without an adapter refuses to send. */
export function channelGateway(
  adapters: Partial<Record<MessageChannel, (m: OutgoingMessage) => Promise<void>>>,
): MessageGateway {
  return {
    channels: () => (Object.keys(adapters) as MessageChannel[]).filter((c) => adapters[c]),
    async send(message) {
      const adapter = adapters[message.channel];
      if (!adapter)
        throw new DeliveryError(`未配置${message.channel === 'sms' ? '短信' : '浙政钉'}通道`);
      await adapter(message);
    },
  };
}

/** POSTs JSON and fails on anything but a 2xx answer within the time limit. */
export async function postJson(
  url: string,
  headers: Record<string, string>,
  body: unknown,
  timeoutMs = 10_000,
): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (e) {
    throw new DeliveryError(`无法连接消息服务：${e instanceof Error ? e.message : String(e)}`);
  }
  const text = await res.text();
  if (!res.ok) throw new DeliveryError(`消息服务返回 ${res.status}：${text.slice(0, 200)}`);
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return text;
  }
}
