/** Commands beyond validate and plan, registered with the command table of main.ts. */
import { registerCommand } from './main';
import { summarizeCommand } from './summarize';
import { templateCommand } from './template';
import { consolidateCommand } from './consolidate';

registerCommand('summarize', summarizeCommand);
registerCommand('template', templateCommand);
registerCommand('consolidate', consolidateCommand);
