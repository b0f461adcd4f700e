import type { Rule } from 'eslint';

export declare const LAYERS: readonly { name: string; folder: string; mayImport: string[] }[];
export declare const layersRule: Rule.RuleModule;
declare const plugin: { rules: { layers: Rule.RuleModule } };
export default plugin;
