/**
 * Thrown by an edit whose arguments cannot describe a valid change (a selection outside the
 * article, a city without coordinates, an unknown draft). The workspace's forms prevent these;
 * the message says what was wrong, naming the record and field, so a caller can show it.
 */
export class EditRefused extends Error {
  constructor(
    readonly record: string,
    readonly field: string,
    message: string,
  ) {
    super(`${record} field ${field}: ${message}`);
    this.name = 'EditRefused';
  }
}
