import { CameraOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Card, Image, Input, Modal, Space, Tag } from 'antd';
import { useRef, useState } from 'react';
import { disputesApi, type DisputeDetail } from '../../api/disputes';
import { useAuth } from '../../auth/auth-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SignaturePad } from './SignaturePad';

const fileUrl = (id: string) => `/api/v1/files/${id}`;

/**
 * 签名与现场照片: each party (and the mediator) signs the written agreement on this screen, once; the
 * mediator adds photos of the site from the phone's camera. Staff above the town see who signed only.
 */
export function SignaturesCard({ d, onChange }: { d: DisputeDetail; onChange: () => void }) {
  const { can } = useAuth();
  const [signer, setSigner] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const camera = useRef<HTMLInputElement>(null);
  const mayAct = can('disputes.handle');
  const agreement = d.outcome === 'written' && !!d.agreementFileId;
  const signers = [...d.parties.map((p) => p.name), ...(d.mediatorName ? [d.mediatorName] : [])];
  const signed = new Set(d.signatures.map((s) => s.signer));

  const send = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      setBusy(false);
    }
  };
  const sign = async (file: File) => {
    if (!signer) return;
    const done = await send(async () => {
      const up = await disputesApi.uploadFile(file);
      await disputesApi.step(d.id, 'signatures', { fileId: up.id, signer });
    });
    if (done) {
      setSigner(null);
      onChange();
    }
  };
  const addPhoto = async (file: File) => {
    const done = await send(async () => {
      const up = await disputesApi.uploadFile(file);
      await disputesApi.step(d.id, 'photos', { fileId: up.id, ...(note ? { note } : {}) });
    });
    if (done) {
      setNote('');
      onChange();
    }
  };

  return (
    <Card title="签名与现场照片" variant="borderless" data-testid="dispute-signatures">
      <ErrorAlert error={signer ? null : error} />
      <Space orientation="vertical" style={{ width: '100%' }}>
        <div>
          调解协议书签名：
          {!agreement && '达成书面调解协议后，当事人可在手机或平板上签名'}
          {agreement && (
            <Space wrap>
              {signers.map((name) =>
                signed.has(name) ? (
                  <Tag color="green" key={name}>
                    {name} 已签名
                  </Tag>
                ) : (
                  mayAct && (
                    <Button
                      key={name}
                      size="small"
                      icon={<EditOutlined />}
                      onClick={() => setSigner(name)}
                      data-testid={`sign-${name}`}
                    >
                      {name} 签名
                    </Button>
                  )
                ),
              )}
            </Space>
          )}
        </div>
        <Space wrap>
          {d.signatures.map((s) =>
            s.fileId ? (
              <figure key={s.id} style={{ margin: 0 }}>
                <Image src={fileUrl(s.fileId)} alt={`${s.signer}的签名`} height={60} />
                <figcaption>{s.signer}</figcaption>
              </figure>
            ) : (
              <Tag key={s.id}>{s.signer} 已签名</Tag>
            ),
          )}
        </Space>
        <div>
          现场照片：
          {d.photos.length === 0 && '暂无'}
          <Space wrap>
            {d.photos.map((p) => (
              <Image
                key={p.id}
                src={fileUrl(p.fileId)}
                alt={p.note ?? '现场照片'}
                height={90}
                data-testid="dispute-photo"
              />
            ))}
          </Space>
        </div>
        {mayAct && (
          <Space wrap>
            <Input
              placeholder="照片说明（可选）"
              value={note}
              maxLength={200}
              onChange={(e) => setNote(e.target.value)}
              style={{ width: 220 }}
            />
            <Button
              icon={<CameraOutlined />}
              loading={busy}
              onClick={() => camera.current?.click()}
            >
              拍照 / 选择照片
            </Button>
            <input
              ref={camera}
              type="file"
              accept="image/jpeg,image/png"
              capture="environment"
              style={{ display: 'none' }}
              data-testid="dispute-photo-input"
              onChange={(e) => {
                const f = e.target.files?.[0];
                e.target.value = '';
                if (f) void addPhoto(f);
              }}
            />
          </Space>
        )}
      </Space>
      <Modal
        title="当事人签名"
        open={signer !== null}
        footer={null}
        destroyOnHidden
        // A finger that strays off the pad while signing must not throw the signature away.
        mask={{ closable: false }}
        onCancel={() => setSigner(null)}
      >
        <ErrorAlert error={error} />
        {signer && <SignaturePad signer={signer} busy={busy} onDone={(f) => void sign(f)} />}
      </Modal>
    </Card>
  );
}
