#include "server/http_server.h"

#include "common/errors.h"
#include "server/page.h"

#include <httplib.h>

#include <charconv>
#include <cmath>
#include <optional>
#include <stdexcept>

namespace telusur::server {

namespace {

/// The URL's parameters (never a form body's).
Params params_of(const httplib::Request& request) {
    httplib::Params params;
    if (const auto question = request.target.find('?'); question != std::string::npos)
        httplib::detail::parse_query_text(request.target.substr(question + 1), params);
    return {params.begin(), params.end()};
}

void send(httplib::Response& response, const Reply& reply) {
    response.status = reply.status;
    response.set_content(reply.body, reply.content_type.c_str());
}

/// The reason phrase for a status httplib answered itself (413, 404...).
std::string status_message(int status) {
    switch (status) {
        case 400: return "bad request";
        case 404: return "no such endpoint (/search, /batch, /analyze, /health, /stats, /)";
        case 405: return "method not allowed";
        case 413: return "request too large (a body over --max-body-bytes or a URL over 8 KB)";
        default: return "HTTP status " + std::to_string(status);
    }
}

/// The request body, or nullopt after answering 413 (over the payload
/// limit) or 400.
std::optional<std::string> read_body(const httplib::ContentReader& read, httplib::Response& response) {
    std::string body;
    const bool complete = read([&](const char* data, std::size_t length) {
        body.append(data, length);
        return true;
    });
    if (complete) return body;
    const int status = response.status == 413 ? 413 : 400;
    send(response, SearchService::error(status, status_message(status)));
    return std::nullopt;
}

}  // namespace

void parse_listen_address(const std::string& address, HttpOptions& options) {
    const auto colon = address.rfind(':');
    if (colon == std::string::npos || colon == 0)
        throw UsageError("--listen '" + address + "': expected HOST:PORT (e.g. 127.0.0.1:8080)");
    std::string host = address.substr(0, colon);
    if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
    int port = -1;
    const char* begin = address.data() + colon + 1;
    const char* end = address.data() + address.size();
    const auto [ptr, ec] = std::from_chars(begin, end, port);
    if (ec != std::errc() || ptr != end || port < 0 || port > 65535)
        throw UsageError("--listen '" + address + "': the port must be a number from 0 to 65535");
    options.host = host;
    options.port = port;
}

HttpServer::HttpServer(SearchService& service, HttpOptions options)
    : service_(service), options_(std::move(options)), http_(std::make_unique<httplib::Server>()) {
    auto& http = *http_;
    // Connection threads wait on sockets (keep-alive, slow clients); the
    // searching is bounded by the service's searchers (--threads), which
    // the connection threads take turns on.
    const std::size_t connection_threads = std::max<std::size_t>(options_.connection_threads, options_.threads);
    http.new_task_queue = [connection_threads] { return new httplib::ThreadPool(connection_threads); };
    // Headers and body go out in separate writes: without TCP_NODELAY,
    // Nagle and the client's delayed ACK add ~40 ms to every answer.
    http.set_tcp_nodelay(true);
    http.set_payload_max_length(options_.max_body_bytes);
    const auto seconds = static_cast<time_t>(options_.io_timeout);
    const auto micros = static_cast<time_t>((options_.io_timeout - static_cast<double>(seconds)) * 1e6);
    http.set_read_timeout(seconds, micros);
    http.set_write_timeout(seconds, micros);
    http.set_keep_alive_timeout(std::max<time_t>(1, seconds));
    http.set_default_headers({{"X-Content-Type-Options", "nosniff"}, {"Cache-Control", "no-store"}});

    http.Get("/search",
             [this](const httplib::Request& rq, httplib::Response& rs) { send(rs, service_.search(params_of(rq))); });
    // POST bodies through a content reader: httplib would otherwise parse a
    // form-encoded body (curl's default type) into parameters.
    http.Post("/search", [this](const httplib::Request&, httplib::Response& rs, const httplib::ContentReader& read) {
        if (const auto body = read_body(read, rs)) send(rs, service_.search_json(*body));
    });
    http.Post("/batch", [this](const httplib::Request& rq, httplib::Response& rs, const httplib::ContentReader& read) {
        if (const auto body = read_body(read, rs)) send(rs, service_.batch(params_of(rq), *body));
    });
    http.Get("/analyze",
             [this](const httplib::Request& rq, httplib::Response& rs) { send(rs, service_.analyze(params_of(rq))); });
    http.Get("/health", [this](const httplib::Request&, httplib::Response& rs) { send(rs, service_.health()); });
    http.Get("/stats", [this](const httplib::Request&, httplib::Response& rs) { send(rs, service_.stats()); });
    http.Get("/", [](const httplib::Request&, httplib::Response& rs) {
        // The page's script and style are inline; nothing else may load.
        rs.set_header("Content-Security-Policy",
                      "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
                      "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'");
        const auto page = search_page_html();
        rs.set_content(page.data(), page.size(), "text/html; charset=utf-8");
    });

    // Statuses httplib sets itself (404, 413, 414...) get a JSON body too.
    http.set_error_handler([](const httplib::Request&, httplib::Response& rs) {
        // An oversized request is a 413 whichever part is too long (issue
        // 16): httplib answers a URL over 8 KB with 414.
        if (rs.status == 414) rs.status = 413;
        if (rs.body.empty()) send(rs, SearchService::error(rs.status, status_message(rs.status)));
    });
    http.set_exception_handler([](const httplib::Request&, httplib::Response& rs, std::exception_ptr error) {
        std::string message = "internal error";
        try {
            std::rethrow_exception(error);
        } catch (const std::exception& e) {
            message += std::string(": ") + e.what();
        } catch (...) {
        }
        send(rs, SearchService::error(500, message));
    });
}

HttpServer::~HttpServer() = default;

void HttpServer::bind() {
    const bool ok = options_.port == 0 ? (port_ = http_->bind_to_any_port(options_.host)) > 0
                                       : http_->bind_to_port(options_.host, options_.port);
    if (!ok)
        throw std::runtime_error("cannot listen on " + options_.host + ":" + std::to_string(options_.port) +
                                 " (address in use or not local?)");
    if (options_.port != 0) port_ = options_.port;
}

void HttpServer::serve() { http_->listen_after_bind(); }

void HttpServer::stop() { http_->stop(); }

}  // namespace telusur::server
