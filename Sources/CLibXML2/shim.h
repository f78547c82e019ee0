// libxml2's HTML and XML parsers, used to read saved web pages and Word documents.
#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU, whose headers clash with the ICU copy inside Swift's
// Foundation. We never touch the ICU fields of libxml2's encoding handlers, so their headers
// are left out.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
