/**
 * The workspace's pipeline worker: reads each article the editor brings in (cleaning, dates,
 * entities, drafts) off the main thread, so the page stays responsive on long articles. All
 * the logic is the pure `createPipelineResponder` (src/domain/workspace/pipelineProtocol.ts);
 * this file only wires it to messages.
 */
import {
  createPipelineResponder,
  type PipelineRequest,
} from '../../domain/workspace/pipelineProtocol';

const respond = createPipelineResponder((response) => self.postMessage(response));

self.addEventListener('message', (event: MessageEvent<PipelineRequest>) => respond(event.data));
