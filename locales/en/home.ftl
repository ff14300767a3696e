home-heading = How can we help you?
home-urgent = If you are in danger now, call { -police-105-number }.
home-safety-note-link = How quick exit works
