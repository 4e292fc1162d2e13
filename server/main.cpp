// telusur-serve: telusur-query's engine and JSON over HTTP, and a search
// page at /. Read-only, loopback by default; SIGINT/SIGTERM stop it.
#include "common/cli/options.h"
#include "common/errors.h"
#include "server/http_server.h"
#include "server/service.h"

#include <CLI/CLI.hpp>

#include <csignal>
#include <iostream>
#include <pthread.h>
#include <thread>

namespace {

int run(int argc, char** argv) {
    CLI::App app{"telusur-serve: a JSON search API and a search page over Telusur databases", "telusur-serve"};
    app.set_version_flag("--version", std::string("telusur-serve ") + TELUSUR_VERSION);
    const telusur::cli::SearchDatabaseArgs databases(&app);
    std::string listen = "127.0.0.1:8080";
    telusur::server::HttpOptions http;
    http.threads = std::max(1u, std::thread::hardware_concurrency());
    app.add_option("--listen", listen, "HOST:PORT to listen on (port 0: any free port, printed)")
        ->capture_default_str();
    app.add_option("--threads", http.threads, "Searching threads, each with its own database handle")
        ->check(telusur::cli::integer_in(1, 256))
        ->capture_default_str();
    app.add_option("--max-body-bytes", http.max_body_bytes, "Larger request bodies are refused (413)")
        ->check(telusur::cli::integer_in(1024, 1LL << 30))
        ->capture_default_str();
    if (const auto status = telusur::cli::parse(app, argc, argv)) return *status;
    telusur::server::parse_listen_address(listen, http);

    // Signals go to one thread that stops the server; block them before any
    // other thread exists so none of those gets them.
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGINT);
    sigaddset(&stop_signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    telusur::server::ServiceOptions service_options;
    service_options.db_specs = databases.specs;
    service_options.db_options = databases.options;
    service_options.searchers = http.threads;
    telusur::server::SearchService service(service_options);
    telusur::server::HttpServer server(service, http);
    server.bind();
    std::cerr << "telusur-serve: listening on http://" << http.host << ":" << server.port() << "/ (" << http.threads
              << " searching threads)" << std::endl;

    std::thread stopper([&] {
        int signal = 0;
        sigwait(&stop_signals, &signal);
        server.stop();
    });
    server.serve();
    // serve() also returns when listening fails: wake the stopper either way.
    pthread_kill(stopper.native_handle(), SIGTERM);
    stopper.join();
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    return telusur::run_tool("telusur-serve", [&] { return run(argc, argv); });
}
