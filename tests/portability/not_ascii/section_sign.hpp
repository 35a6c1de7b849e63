// A header that is not ASCII, for the test that shows ascii_only finding one.
// RFC 9110 §15.5.5
