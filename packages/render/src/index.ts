export { arrowHead } from './arrow-head.js';
export { assignTracks, type TrackRequest } from './assign-tracks.js';
export type { BarChartInput, BarDatum } from './bar-chart.js';
export { renderBarChart } from './bar-chart.js';
export type {
  Badge,
  BlueprintBox,
  BlueprintColumn,
  BlueprintFlow,
  BlueprintHeader,
  BlueprintLane,
  BlueprintLayout,
  BlueprintLine,
  BlueprintOptions,
  BlueprintStage,
  LegendItem,
  TextBlock,
} from './blueprint-layout.js';
export { BLUEPRINT_METRICS, layoutBlueprint } from './blueprint-layout.js';
export { blueprintScene, renderBlueprint } from './blueprint-scene.js';
export { channelIcon } from './channel-icon.js';
export type { ChartOptions } from './chart-frame.js';
export { linearScale, niceTicks } from './chart-frame.js';
export type { DriverChartInput, DriverDatum } from './driver-chart.js';
export { renderDriverChart } from './driver-chart.js';
export { escapeXml } from './escape-xml.js';
export { formatCost, formatMinutes, formatNumber } from './format-meta.js';
export type { Point, Rect } from './geometry.js';
export { onBorder, rectsOverlap, segmentCrossesRect, strictlyInside } from './geometry.js';
export type { IpaChartInput, IpaDatum } from './ipa-chart.js';
export { renderIpaChart } from './ipa-chart.js';
export type {
  CurveMark,
  CurvePoint,
  EmotionChart,
  EmotionCurve,
  JourneyCell,
  JourneyColumn,
  JourneyLayout,
  JourneyOptions,
  JourneyRow,
  JourneyRowKind,
} from './journey-layout.js';
export { emotionY, layoutJourney, pickJourney } from './journey-layout.js';
export { journeyScene, renderJourney } from './journey-scene.js';
export type { KanoChartInput, KanoDatum } from './kano-chart.js';
export { renderKanoChart } from './kano-chart.js';
export type { LabelKey } from './labels.js';
export { label, labelPair } from './labels.js';
export { laneRank, sortLanes } from './lane-order.js';
export { advanceUnits, charAdvance, isWide, measureText, measureUnits } from './measure-text.js';
export type { PeakEndInput, PeakEndPoint } from './peak-end-chart.js';
export { peakAndEnd, renderPeakEndChart } from './peak-end-chart.js';
export type { GridBox, Route, RouteGeometry, RoutePlan, RouteRequest } from './route-flows.js';
export { planRoutes, resolveRoutes } from './route-flows.js';
export type { FontWeight, Paint, Scene, SceneNode, TextAnchor } from './scene.js';
export { THEME } from './theme.js';
export { FONT_FAMILY, toSvg, toSvgBytes } from './to-svg.js';
export type { WrapOptions } from './wrap-text.js';
export { measureLines, wrapText } from './wrap-text.js';
