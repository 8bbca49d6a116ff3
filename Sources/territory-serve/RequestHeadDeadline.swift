import HTTPTypes
import NIOCore
import NIOHTTPTypes

/// Closes a connection whose request head has not fully arrived within `limit` of the connection
/// opening or of the previous response, answering 408 first.
///
/// NIO's idle timeout counts from the last byte read, so a client that sends its headers one byte
/// a second (slowloris) would hold a connection for ever; this counts from the start of the
/// request instead. Each connection has its own instance on its own event loop, so its state is
/// only touched from that loop.
final class RequestHeadDeadline: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let limit: TimeAmount
    private var timer: Scheduled<Void>?

    init(limit: TimeAmount) {
        self.limit = limit
    }

    func handlerAdded(context: ChannelHandlerContext) {
        arm(context)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        timer?.cancel()
        timer = nil
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .head = unwrapInboundIn(data) {
            timer?.cancel()
            timer = nil
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        // A response ends: the next request's head has the same time to arrive.
        if case .end = unwrapOutboundIn(data) { arm(context) }
        context.write(data, promise: promise)
    }

    private func arm(_ context: ChannelHandlerContext) {
        timer?.cancel()
        let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
        let seconds = limit.nanoseconds / 1_000_000_000
        timer = context.eventLoop.scheduleTask(in: limit) {
            let context = bound.value
            Problem(
                .requestTimeout,
                "the request head did not arrive within \(seconds) s; send it whole"
            )
            .write(to: context, closing: true)
            context.close(promise: nil)
        }
    }
}
