import type { Config } from '../../config.js';
import { httpSmsAdapter } from './http-sms.js';
import { channelGateway, type MessageGateway } from './message-gateway.js';
import { zzdWorkMessageAdapter } from './zzd-work-message.js';

/** The deployment's outside channels: each one whose FAZHI_SMS_* / FAZHI_ZZD_* settings are given. */
export function messageGatewayFor(config: Pick<Config, 'sms' | 'zzd'>): MessageGateway {
  return channelGateway({
    ...(config.sms ? { sms: httpSmsAdapter(config.sms) } : {}),
    ...(config.zzd ? { zzd: zzdWorkMessageAdapter(config.zzd) } : {}),
  });
}
