import type { Q } from '../../../core/db/database.js';
import { newId } from '../../../core/ids.js';

/** What a village publishes to the 群治分 app (慈溪's grassroots-governance platform, 2024 report). */
interface ChannelPost {
  orgId: string;
  itemId: string;
  villageName: string;
  category: string;
  title: string;
  body: string;
  period: string | null;
  publishedOn: string;
}

/**
 * The outbound channel for village publications, behind an interface: the real 群治分 API is not
 * known [P]. Posting happens inside the publishing transaction, so the log and the publication agree.
 */
interface VillageChannelGateway {
  channel: string;
  post(q: Q, post: ChannelPost, now: Date): Promise<{ externalRef: string }>;
}

/**
 * Records each post in `village_channel_posts` instead of calling out: the default until the 群治分
 * interface is specified. A real adapter would keep this row as its outbox and deliver it afterwards.
 */
const recordingQunzhifen: VillageChannelGateway = {
  channel: 'qunzhifen',
  async post(q, post, now) {
    const id = newId();
    const externalRef = `QZF-${post.publishedOn.replaceAll('-', '')}-${id.slice(-8)}`;
    await q
      .insertInto('villageChannelPosts')
      .values({
        id,
        orgId: post.orgId,
        itemId: post.itemId,
        channel: 'qunzhifen',
        payload: JSON.stringify(post),
        externalRef,
        postedAt: now.toISOString(),
      })
      .execute();
    return { externalRef };
  },
};

const current: VillageChannelGateway = recordingQunzhifen;

/** The channel in use (tests may swap it, e.g. to simulate an outage). */
export const villageChannel = (): VillageChannelGateway => current;
