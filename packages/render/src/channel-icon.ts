import type { Channel } from '@frontstage/model';
import type { SceneNode } from './scene.js';

/**
 * A small line icon for a touchpoint channel, drawn from primitives inside the square (`x`, `y`, `size`), so the
 * SVG and PDF writers draw it alike and no icon font is needed.
 */
export function channelIcon(
  channel: Channel | undefined,
  x: number,
  y: number,
  size: number,
  color: string,
): SceneNode[] {
  const s = size / 16;
  const X = (v: number) => Math.round((x + v * s) * 100) / 100;
  const Y = (v: number) => Math.round((y + v * s) * 100) / 100;
  const line = { stroke: color, strokeWidth: 1.3, fill: 'none' } as const;
  switch (channel) {
    case 'phone':
      return [
        {
          kind: 'path',
          d: `M ${X(4)} ${Y(2)} L ${X(7)} ${Y(2)} L ${X(8)} ${Y(5.5)} L ${X(6)} ${Y(7)} Q ${X(7.5)} ${Y(10)} ${X(9.5)} ${Y(11)} L ${X(11)} ${Y(9)} L ${X(14)} ${Y(10)} L ${X(14)} ${Y(13)} Q ${X(14)} ${Y(14.5)} ${X(12)} ${Y(14.5)} Q ${X(3)} ${Y(13)} ${X(2)} ${Y(4)} Q ${X(2)} ${Y(2)} ${X(4)} ${Y(2)} Z`,
          ...line,
        },
      ];
    case 'app':
    case 'self_service':
      return [
        { kind: 'rect', x: X(4.5), y: Y(1), width: 7 * s, height: 14 * s, radius: 1.5 * s, ...line },
        { kind: 'circle', cx: X(8), cy: Y(12.5), r: 0.8 * s, fill: color },
        ...(channel === 'self_service'
          ? [
              {
                kind: 'polyline' as const,
                points: [
                  [X(6.5), Y(6)],
                  [X(7.7), Y(7.5)],
                  [X(9.8), Y(4.5)],
                ] as [number, number][],
                ...line,
              },
            ]
          : []),
      ];
    case 'web':
      return [
        { kind: 'rect', x: X(1), y: Y(2.5), width: 14 * s, height: 11 * s, radius: 1.5 * s, ...line },
        { kind: 'line', x1: X(1), y1: Y(5.5), x2: X(15), y2: Y(5.5), ...line },
        { kind: 'circle', cx: X(3), cy: Y(4), r: 0.6 * s, fill: color },
        { kind: 'circle', cx: X(5), cy: Y(4), r: 0.6 * s, fill: color },
      ];
    case 'email':
    case 'mail':
      return [
        { kind: 'rect', x: X(1), y: Y(3.5), width: 14 * s, height: 9 * s, radius: 1 * s, ...line },
        {
          kind: 'polyline',
          points: [
            [X(1), Y(3.5)],
            [X(8), Y(9)],
            [X(15), Y(3.5)],
          ],
          ...line,
        },
        ...(channel === 'mail'
          ? [{ kind: 'rect' as const, x: X(11), y: Y(5.5), width: 2.5 * s, height: 2.5 * s, fill: color }]
          : []),
      ];
    case 'sms':
    case 'chat':
      return [
        {
          kind: 'path',
          d: `M ${X(2)} ${Y(3)} L ${X(14)} ${Y(3)} L ${X(14)} ${Y(11)} L ${X(7)} ${Y(11)} L ${X(4)} ${Y(14)} L ${X(4)} ${Y(11)} L ${X(2)} ${Y(11)} Z`,
          ...line,
        },
        ...(channel === 'chat'
          ? [6, 8, 10].map(
              (cx): SceneNode => ({ kind: 'circle', cx: X(cx), cy: Y(7), r: 0.8 * s, fill: color }),
            )
          : [{ kind: 'line' as const, x1: X(5), y1: Y(7), x2: X(11), y2: Y(7), ...line }]),
      ];
    case 'in_person':
      return [
        { kind: 'circle', cx: X(8), cy: Y(5), r: 3 * s, ...line },
        {
          kind: 'path',
          d: `M ${X(2.5)} ${Y(15)} Q ${X(2.5)} ${Y(9.5)} ${X(8)} ${Y(9.5)} Q ${X(13.5)} ${Y(9.5)} ${X(13.5)} ${Y(15)}`,
          ...line,
        },
      ];
    case 'kiosk':
      return [
        { kind: 'rect', x: X(3), y: Y(1), width: 10 * s, height: 9 * s, radius: 1 * s, ...line },
        { kind: 'line', x1: X(8), y1: Y(10), x2: X(8), y2: Y(14), ...line },
        { kind: 'line', x1: X(4.5), y1: Y(14.5), x2: X(11.5), y2: Y(14.5), ...line },
      ];
    case 'social':
      return [
        { kind: 'line', x1: X(4), y1: Y(8), x2: X(12), y2: Y(4), ...line },
        { kind: 'line', x1: X(4), y1: Y(8), x2: X(12), y2: Y(12), ...line },
        { kind: 'circle', cx: X(4), cy: Y(8), r: 2.2 * s, fill: '#ffffff', stroke: color, strokeWidth: 1.3 },
        { kind: 'circle', cx: X(12), cy: Y(4), r: 2.2 * s, fill: '#ffffff', stroke: color, strokeWidth: 1.3 },
        {
          kind: 'circle',
          cx: X(12),
          cy: Y(12),
          r: 2.2 * s,
          fill: '#ffffff',
          stroke: color,
          strokeWidth: 1.3,
        },
      ];
    default:
      return [
        { kind: 'circle', cx: X(8), cy: Y(8), r: 6 * s, ...line },
        { kind: 'circle', cx: X(8), cy: Y(8), r: 1.5 * s, fill: color },
      ];
  }
}
