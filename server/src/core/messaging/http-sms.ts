import type { HttpSmsConfig } from '../../config.js';
import { DeliveryError, postJson, type OutgoingMessage } from './message-gateway.js';

/**
 * A generic HTTP SMS provider (the shape most 政务短信平台 and cloud SMS gateways accept): one JSON POST
 * with the key as a bearer token. A 2xx answer whose `code` is present and not 0/"OK" is a refusal.
 */
export function httpSmsAdapter(config: HttpSmsConfig) {
  return async (message: OutgoingMessage): Promise<void> => {
    const answer = await postJson(
      config.url,
      { authorization: `Bearer ${config.key}` },
      {
        phone: message.to,
        signName: config.signature,
        templateCode: config.template,
        templateParam: { content: message.text },
      },
    );
    const code = (answer as { code?: unknown } | null)?.code;
    if (code !== undefined && code !== 0 && code !== '0' && code !== 'OK')
      throw new DeliveryError(`短信平台拒绝发送：${JSON.stringify(answer).slice(0, 200)}`);
  };
}
