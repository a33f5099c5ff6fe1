// What the page is told about the saved answers when they were opened. A damaged file is described
// by its kind of problem and the name (never the folder) of the copy kept aside: the parser's
// message can quote the file's content, and a path names the person's account.
import type { AnswersDocument } from '../../shared/answers/types';
import type { LoadOutcome } from '../../shared/bridge/contract';
import type { LoadOutcome as StoreOutcome, Problem } from '../store/document-store';

function forPage(problem: Problem, basename: (filePath: string) => string) {
  return { kind: problem.kind, detail: '', keptAt: basename(problem.keptAt) };
}

export function loadOutcomeForPage(outcome: StoreOutcome<AnswersDocument>, basename: (filePath: string) => string): LoadOutcome {
  switch (outcome.status) {
    case 'empty':
    case 'loaded':
      return outcome;
    case 'restored-previous':
      return { ...outcome, problem: outcome.problem ? forPage(outcome.problem, basename) : null };
    case 'set-aside':
      return { status: 'set-aside', problem: forPage(outcome.problem, basename) };
  }
}
