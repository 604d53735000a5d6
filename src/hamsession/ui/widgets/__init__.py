"""Small shared pieces: text that scales, wrapping tick boxes, a message page, the current
profile, and the shapes (protocols) of what flows are handed. Imports no other ui package.
"""
