// What the gateway logs per request.
import { type FastifyReply, type FastifyRequest, LogController } from 'fastify';

/**
 * Fastify's two lines per request at info were about 1% of a list call's CPU with the output thrown away, more
 * with a real log sink: a request is logged at debug, or at warn when slower than SLOW_REQUEST_MS; errors as
 * Fastify always logs them.
 */
export class RequestLog extends LogController {
  constructor(private readonly slowMs: number) {
    super();
  }

  override incomingRequest(request: FastifyRequest) {
    request.log.debug({ req: request }, 'incoming request');
  }

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply) {
    if (error) return super.requestCompleted(error, request, reply);
    const responseTime = reply.elapsedTime;
    if (responseTime >= this.slowMs) reply.log.warn({ req: request, res: reply, responseTime }, 'slow request');
    else reply.log.debug({ res: reply, responseTime }, 'request completed');
  }
}
