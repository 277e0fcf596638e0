-- The platform frame that keeps a login's state when the browser keeps no cookie in the LMS's frame (the 1EdTech
-- lti_storage_target postMessage storage; docs/decisions/035-lti-launch-bound-to-the-browser.md). Null: the launch
-- must bring the state cookie.
ALTER TABLE "LtiLoginState" ADD COLUMN "storageTarget" TEXT;
