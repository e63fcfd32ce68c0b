/** The add-in's version: package.json's, put in at build time by webpack's DefinePlugin; 'dev' in tests. */
export const ADDIN_VERSION: string = process.env.PLAN_TRACKER_VERSION ?? 'dev';
