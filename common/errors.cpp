#include "common/errors.h"

#include <xapian.h>

#include <iostream>

namespace telusur {

int run_tool(const char* tool, const std::function<int()>& body) {
    try {
        return body();
    } catch (const UsageError& e) {
        std::cerr << tool << ": error: " << e.what() << "\n(see --help)\n";
    } catch (const Xapian::Error& e) {
        std::cerr << tool << ": error: " << e.get_description() << '\n';
    } catch (const std::exception& e) {  // QueryError, DatabaseError, ...
        std::cerr << tool << ": error: " << e.what() << '\n';
    }
    return 2;
}

}  // namespace telusur
