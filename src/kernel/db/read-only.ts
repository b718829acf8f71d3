/**
 * A read needs no transaction of its own: under READ COMMITTED each statement sees its own
 * snapshot either way, and the audit event is inserted after the reads, so nothing is answered
 * unless it was logged. Skipping BEGIN and COMMIT saves two of a read's few round trips. What
 * makes that safe is that the work cannot write: this guard refuses, before it is sent, any
 * statement that is not a select.
 */
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';

export class WriteInReadError extends Error {
  constructor(kind: string) {
    super(`a read wrote (${kind}): declare the access as a write`);
    this.name = 'WriteInReadError';
  }
}

const SELECT = /^\s*(\(?\s*select|with)\b/i;
const WRITE = /\b(insert|update|delete|merge|truncate|create|alter|drop|grant|lock|copy|call)\b/i;

export const readOnlyGuard: KyselyPlugin = {
  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    if (node.kind === 'SelectQueryNode') return node;
    if (node.kind === 'RawNode' && SELECT.test(node.sqlFragments[0] ?? '') && !node.sqlFragments.some((part) => WRITE.test(part))) return node;
    throw new WriteInReadError(node.kind);
  },
  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return result;
  },
};
