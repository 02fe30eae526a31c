// The dyad command: parses the command line and runs one subcommand.
#include <iostream>

int main(int argc, char** argv) {
  std::cout << "dyad " << DYAD_VERSION << "\n";
  return 0;
}
