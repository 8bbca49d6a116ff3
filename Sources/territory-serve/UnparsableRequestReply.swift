import HTTPTypes
import NIOCore
import NIOHTTP1
import NIOHTTPTypes

/// Answers a request that NIO's HTTP parser refuses with a problem document, then closes the
/// connection: 431 for a request line or headers over the parser's 80 KiB limit (a 1 MB URL), 400
/// for anything else it cannot parse.
///
/// Without it Hummingbird answers such a request with a bare 400 and no word of why. The parser's
/// error reaches this handler before Hummingbird sees it; it is answered and not passed on, so only
/// one response is written. Each connection has its own instance on its own event loop.
final class UnparsableRequestReply: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    /// A response has begun and not ended: too late to start another.
    private var responding = false

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        switch unwrapOutboundIn(data) {
        case .head: responding = true
        case .end: responding = false
        case .body: break
        }
        context.write(data, promise: promise)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        guard let error = error as? HTTPParserError else {
            context.fireErrorCaught(error)
            return
        }
        if !responding {
            let problem =
                error == .headerOverflow
                ? Problem(
                    .requestHeaderFieldsTooLarge,
                    "the request line and headers exceed 80 KiB; shorten the URL (a page of features is asked by "
                        + "bbox, datetime, limit and offset)")
                : Problem(.badRequest, "the request is not HTTP/1.1 this server can read (\(error))")
            problem.write(to: context, closing: true)
        }
        context.close(promise: nil)
    }
}
