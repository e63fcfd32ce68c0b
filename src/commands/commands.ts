/// <reference types="office-js" />
/**
 * The ribbon's function file (commands.html): "validate" and "build summary" run without the pane,
 * on the Office.js workbook host and the embedded plan.
 */
import { DEFAULT_PLAN } from '../plan/default-plan';
import { createOfficeHost } from '../workbook/office/office-host';
import { commandLang, registerCommands, type CommandEvent } from './ribbon-actions';

Office.onReady(() => {
  const env = { createHost: () => createOfficeHost(), plan: DEFAULT_PLAN, lang: commandLang(Office.context.displayLanguage) };
  registerCommands((name, handler) => {
    // Office.actions is the current way; older desktop builds look the name up on the global object.
    if (Office.actions?.associate) Office.actions.associate(name, handler as (event: Office.AddinCommands.Event) => void);
    (globalThis as unknown as Record<string, (event: CommandEvent) => void>)[name] = handler;
  }, env);
});
