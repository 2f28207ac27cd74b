// jsdom lacks the Fetch API classes react-router builds its navigations with; lend it Node's own.
const { TestEnvironment } = require('jest-environment-jsdom');

const NodeRequest = Request;
const NodeAbortController = AbortController;
const NodeAbortSignal = AbortSignal;

// Node's Request accepts only Node's AbortSignal; forward aborts from jsdom's signal to one.
class BridgedRequest extends NodeRequest {
  constructor(input, init = {}) {
    const foreign = init.signal;
    if (foreign && !(foreign instanceof NodeAbortSignal)) {
      const controller = new NodeAbortController();
      if (foreign.aborted) controller.abort(foreign.reason);
      else foreign.addEventListener('abort', () => controller.abort(foreign.reason), { once: true });
      init = { ...init, signal: controller.signal };
    }
    super(input, init);
  }
}

class JsdomWithFetchEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    Object.assign(this.global, { Request: BridgedRequest, Response, Headers, TextEncoder, TextDecoder, ReadableStream });
  }
}

module.exports = JsdomWithFetchEnvironment;
