/** A bad query option (B17): becomes a 400 `invalidRequest` whose `target` names the option. */
export class ODataError extends Error {
  readonly target: string;

  constructor(message: string, target = '$filter') {
    super(message);
    this.name = 'ODataError';
    this.target = target;
  }
}
