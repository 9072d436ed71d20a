// A text file the site serves as is: robots.txt, _redirects.

/** A text file written as is (robots.txt). */
export interface TextFileView {
  path: string;
  body: string;
}
