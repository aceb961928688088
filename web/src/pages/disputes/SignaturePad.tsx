import { Button, Space } from 'antd';
import { useEffect, useRef, useState, type PointerEvent } from 'react';

/**
 * A signature pad for a phone or tablet screen: the party draws with a finger or stylus (pointer
 * events, so mouse, touch and pen alike), and `onDone` receives the drawing as a PNG file.
 */
export function SignaturePad({
  signer,
  busy,
  onDone,
}: {
  signer: string;
  busy: boolean;
  onDone: (png: File) => void;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const last = useRef<{ x: number; y: number } | null>(null);
  const [drawn, setDrawn] = useState(false);

  useEffect(() => {
    const c = canvas.current;
    if (!c) return;
    // Draw at the screen's pixel density, in the width the dialog gives the pad.
    const ratio = window.devicePixelRatio || 1;
    c.width = c.clientWidth * ratio;
    c.height = c.clientHeight * ratio;
    const g = c.getContext('2d');
    if (!g) return;
    g.scale(ratio, ratio);
    g.lineWidth = 2.5;
    g.lineCap = 'round';
    g.lineJoin = 'round';
    g.strokeStyle = '#111';
  }, []);

  const at = (e: PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const move = (e: PointerEvent<HTMLCanvasElement>) => {
    const from = last.current;
    const g = canvas.current?.getContext('2d');
    if (!from || !g) return;
    const to = at(e);
    g.beginPath();
    g.moveTo(from.x, from.y);
    g.lineTo(to.x, to.y);
    g.stroke();
    last.current = to;
    setDrawn(true);
  };
  const clear = () => {
    const c = canvas.current;
    c?.getContext('2d')?.clearRect(0, 0, c.width, c.height);
    setDrawn(false);
  };
  const done = () =>
    canvas.current?.toBlob((blob) => {
      if (blob) onDone(new File([blob], `${signer}签名.png`, { type: 'image/png' }));
    }, 'image/png');

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <div>请 {signer} 在下方框内手写签名</div>
      <canvas
        ref={canvas}
        data-testid="signature-pad"
        style={{
          width: '100%',
          height: 200,
          border: '1px dashed #999',
          borderRadius: 4,
          touchAction: 'none',
          background: '#fff',
        }}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          last.current = at(e);
        }}
        onPointerMove={move}
        onPointerUp={() => (last.current = null)}
        onPointerCancel={() => (last.current = null)}
      />
      <Space>
        <Button onClick={clear}>重写</Button>
        <Button
          type="primary"
          disabled={!drawn}
          loading={busy}
          onClick={done}
          data-testid="signature-save"
        >
          确认签名
        </Button>
      </Space>
    </Space>
  );
}
