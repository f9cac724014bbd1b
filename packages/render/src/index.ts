export type { FontWeight, Paint, Scene, SceneNode, TextAnchor } from './scene.js';
