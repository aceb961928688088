import { createHmac, randomUUID } from 'node:crypto';
import type { ZzdConfig } from '../../config.js';
import { DeliveryError, postJson, type OutgoingMessage } from './message-gateway.js';

const PATH = '/message/workNotification';

/**
 * 浙政钉 工作通知 through the 政务钉钉 open platform: a form-style request signed with HMAC-SHA256 over
 * method, timestamp, nonce, path and parameters (the platform's `X-Hmac-Auth-*` headers).
 */
export function zzdWorkMessageAdapter(config: ZzdConfig) {
  return async (message: OutgoingMessage): Promise<void> => {
    const params: Record<string, string> = {
      receiverIds: message.to,
      tenantId: config.tenantId,
      msg: JSON.stringify({ msgtype: 'text', text: { content: message.text } }),
    };
    const timestamp = new Date().toISOString().replace(/\.\d{3}Z$/, '+08:00');
    const nonce = `${Date.now()}${randomUUID().slice(0, 4)}`;
    const query = Object.keys(params)
      .sort()
      .map((k) => `${k}=${params[k]}`)
      .join('&');
    const signature = createHmac('sha256', config.appSecret)
      .update(['POST', timestamp, nonce, PATH, query].join('\n'))
      .digest('base64');
    const answer = (await postJson(
      `${config.url.replace(/\/$/, '')}${PATH}`,
      {
        apiKey: config.appKey,
        'X-Hmac-Auth-Timestamp': timestamp,
        'X-Hmac-Auth-Version': '1.0',
        'X-Hmac-Auth-Nonce': nonce,
        'X-Hmac-Auth-Signature': signature,
      },
      params,
    )) as { success?: boolean; errorMsg?: string } | null;
    if (answer && answer.success === false)
      throw new DeliveryError(`浙政钉拒绝发送：${answer.errorMsg ?? ''}`);
  };
}
