// Pages that call the API, drawn with the answers a test gives (@strata/ui/testing, bound in ./render).
export { type Answers, byTestId, type Call, loadDialogs, refusal, typeInto, until } from '@strata/ui/testing';
export { renderWithApi } from './render';
