/** The input could not be read; `message` is one line for the user (exit status 2). */
export class WorkbookReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookReadError';
  }
}
