// telusur-serve's HTTP side (cpp-httplib): routes, limits, and the worker
// threads. Every answer is JSON (the page at / excepted); nothing is read
// from disk and nothing is written to the database.
#pragma once

#include "server/service.h"

#include <memory>
#include <string>

namespace httplib {
class Server;
}

namespace telusur::server {

struct HttpOptions {
    std::string host = "127.0.0.1";  ///< loopback unless told otherwise
    int port = 8080;                 ///< 0: any free port (see HttpServer::port())
    unsigned threads = 1;            ///< searching threads (one SearchService searcher each)
    /// Threads holding connections (a keep-alive client holds one while it
    /// thinks); they take turns on the searchers.
    unsigned connection_threads = 32;
    std::size_t max_body_bytes = 1 << 20;  ///< bigger request bodies are a 413
    /// Seconds a client may take to send its request or read the answer.
    double io_timeout = 10;
};

/// "HOST:PORT" -> host and port. @throws UsageError.
void parse_listen_address(const std::string& address, HttpOptions& options);

class HttpServer {
public:
    HttpServer(SearchService& service, HttpOptions options);
    ~HttpServer();
    /// Binds the address. @throws std::runtime_error when it cannot.
    void bind();
    /// The bound port (after bind()).
    int port() const { return port_; }
    /// Serves until stop() (from another thread).
    void serve();
    void stop();

private:
    SearchService& service_;
    HttpOptions options_;
    std::unique_ptr<httplib::Server> http_;
    int port_ = 0;
};

}  // namespace telusur::server
